// A small JSON Schema (draft-04) validator covering what the W3C Web Annotation test suite uses:
// type, enum, required, properties, patternProperties, additionalProperties, items, minItems,
// maxItems, minimum/exclusiveMinimum, maximum, pattern, format (uri, date-time), dependencies, not,
// allOf, anyOf, oneOf and $ref across the suite's files (file names matched case-insensitively, as
// the suite's README says they must be). Unknown keywords constrain nothing, as in draft-04.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class SchemaSuite {
public:
    // Loads every .json file under `root` (the web-annotation-tests folder).
    explicit SchemaSuite(const QString &root);

    bool isLoaded() const { return !m_files.isEmpty(); }
    QString loadError() const { return m_loadError; }

    struct Assertion {
        QString path;
        QString errorMessage;
        bool expectValid = true;
    };
    // The assertions a .test file lists ("annotations/annotationMusts.test").
    QList<Assertion> assertions(const QString &testFile) const;
    // Validates `instance` against the assertion file; a failed MUST returns false.
    bool check(const Assertion &assertion, const QJsonValue &instance) const;

    // Validation of a schema found in `file` (its $refs resolve there).
    bool validate(const QJsonValue &schema, const QString &file, const QJsonValue &instance, int depth = 0) const;

    static bool isUri(const QString &text);
    static bool isDateTime(const QString &text);

private:
    QJsonValue resolve(const QString &ref, const QString &file, QString *targetFile) const;
    QString findFile(const QString &name, const QString &relativeTo) const;

    QString m_root;
    QHash<QString, QJsonObject> m_files;   // lower-case path relative to root -> document
    QString m_loadError;
};
