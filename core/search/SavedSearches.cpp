#include "SavedSearches.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::search {

namespace {
const QString Key = u"saved_searches"_s;
}

Result<QList<SavedSearch>> SavedSearches::all()
{
    Statement st = m_db.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    st.bind(1, Key);
    QList<SavedSearch> searches;
    if (st.next()) {
        // A damaged value (edited by hand, say) reads as no saved searches rather than an error that
        // would block the sources pane.
        for (const QJsonValue &v : QJsonDocument::fromJson(st.text(0).toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            const SavedSearch s{o.value(u"name"_s).toString().trimmed(), o.value(u"query"_s).toString().trimmed()};
            if (!s.name.isEmpty() && !s.query.isEmpty())
                searches << s;
        }
    }
    if (st.failed())
        return Error{u"cannot read the saved searches: %1"_s.arg(m_db.lastError())};
    return searches;
}

Status SavedSearches::save(const SavedSearch &search)
{
    const SavedSearch s{search.name.simplified(), search.query.trimmed()};
    if (s.name.isEmpty())
        return Error{u"a saved search needs a name"_s};
    if (s.query.isEmpty())
        return Error{u"there is no search to save"_s};
    auto searches = all();
    if (!searches)
        return Error{searches.error()};
    bool replaced = false;
    for (SavedSearch &existing : *searches) {
        if (existing.name.compare(s.name, Qt::CaseInsensitive) == 0) {
            existing = s;
            replaced = true;
        }
    }
    if (!replaced)
        searches->append(s);
    return write(*searches);
}

Status SavedSearches::remove(const QString &name)
{
    auto searches = all();
    if (!searches)
        return Error{searches.error()};
    searches->removeIf([&](const SavedSearch &s) { return s.name.compare(name, Qt::CaseInsensitive) == 0; });
    return write(*searches);
}

Status SavedSearches::write(const QList<SavedSearch> &searches)
{
    QJsonArray array;
    for (const SavedSearch &s : searches)
        array.append(QJsonObject{{u"name"_s, s.name}, {u"query"_s, s.query}});
    Statement st = m_db.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    st.bind(1, Key).bind(2, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!st.exec())
        return Error{u"cannot save the searches: %1"_s.arg(m_db.lastError())};
    return Status::success();
}

} // namespace gloss::search
