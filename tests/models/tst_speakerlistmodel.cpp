// SpeakerListModel over a real library: every speaker with role, aliases and quote count; filtering
// by name or alias ignoring case; rowForId; reload keeps the filter.
#include "LibraryFixture.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "models/SpeakerListModel.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSpeakerListModel : public QObject {
    Q_OBJECT

    std::unique_ptr<LibraryFixture> m_fx;
    std::unique_ptr<SpeakerStore> m_speakers;
    qint64 m_putin = 0, m_quist = 0, m_council = 0;

    void addQuote(qint64 speakerId)
    {
        Annotation a;
        a.articleId = m_fx->add(0);
        a.kind = AnnotationKind::Quote;
        a.selectors.position = {0, 4};
        a.selectors.quote.exact = u"Body"_s;
        a.speakerId = speakerId;
        QVERIFY(AnnotationStore(m_fx->library->database()).create(a).ok());
    }

    // Assigned field by field: designated initializers trip -Wmissing-field-initializers.
    static Speaker speaker(const QString &name, const QString &role = {}, const QStringList &aliases = {}, const QString &note = {})
    {
        Speaker s;
        s.name = name;
        s.role = role;
        s.aliases = aliases;
        s.note = note;
        return s;
    }

    static QStringList names(const SpeakerListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row).data().toString();
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<LibraryFixture>();
        QVERIFY(m_fx->open());
        m_speakers = std::make_unique<SpeakerStore>(m_fx->library->database());
        m_putin = m_speakers->create(speaker(u"Vladimir Putin"_s, u"President of Russia"_s, {u"Putin"_s, u"Russian President"_s})).value();
        m_quist = m_speakers->create(speaker(u"Helena Quist"_s, u"deputy mayor"_s, {}, u"Ward 3"_s)).value();
        m_council = m_speakers->create(speaker(u"city council"_s)).value();
        addQuote(m_quist);
        addQuote(m_quist);
        addQuote(m_putin);
    }

    void listsEverySpeakerByNameWithRoles()
    {
        SpeakerListModel model(*m_speakers);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        // By name ignoring case.
        QCOMPARE(names(model), (QStringList{u"city council"_s, u"Helena Quist"_s, u"Vladimir Putin"_s}));
        const QModelIndex quist = model.index(model.rowForId(m_quist));
        QCOMPARE(quist.data(SpeakerListModel::IdRole).toLongLong(), m_quist);
        QCOMPARE(quist.data(SpeakerListModel::NameRole).toString(), u"Helena Quist"_s);
        QCOMPARE(quist.data(SpeakerListModel::RoleRole).toString(), u"deputy mayor"_s);
        QCOMPARE(quist.data(SpeakerListModel::NoteRole).toString(), u"Ward 3"_s);
        QCOMPARE(quist.data(SpeakerListModel::QuoteCountRole).toLongLong(), 2);
        const QModelIndex putin = model.index(model.rowForId(m_putin));
        QCOMPARE(putin.data(SpeakerListModel::AliasesRole).toStringList(), (QStringList{u"Putin"_s, u"Russian President"_s}));
        QCOMPARE(putin.data(SpeakerListModel::QuoteCountRole).toLongLong(), 1);
        QVERIFY(putin.data(Qt::ToolTipRole).toString().contains(u"Russian President"_s));
        QCOMPARE(model.index(model.rowForId(m_council)).data(SpeakerListModel::QuoteCountRole).toLongLong(), 0);
        QCOMPARE(model.speakerAt(model.rowForId(m_putin))->role, u"President of Russia"_s);
        QCOMPARE(model.speakerAt(99), nullptr);
    }

    void filterMatchesNameOrAliasIgnoringCase()
    {
        SpeakerListModel model(*m_speakers);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setFilterText(u"QUIST"_s);
        QCOMPARE(names(model), QStringList{u"Helena Quist"_s});
        model.setFilterText(u"  russian pres "_s);   // an alias, not the name
        QCOMPARE(names(model), QStringList{u"Vladimir Putin"_s});
        QCOMPARE(model.rowForId(m_putin), 0);
        QCOMPARE(model.rowForId(m_quist), -1);
        QCOMPARE(model.allSpeakers().size(), 3);
        model.setFilterText(u"i"_s);
        QCOMPARE(model.rowCount(), 3);
        model.setFilterText(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText({});
        QCOMPARE(model.rowCount(), 3);
    }

    void reloadSeesChangesAndKeepsTheFilter()
    {
        SpeakerListModel model(*m_speakers);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.setFilterText(u"put"_s);
        QVERIFY(m_speakers->merge(m_quist, m_putin).ok());
        QVERIFY(m_speakers->create(speaker(u"Anna Putnam"_s)).ok());
        model.reload();
        QCOMPARE(model.filterText(), u"put"_s);
        QCOMPARE(names(model), (QStringList{u"Anna Putnam"_s, u"Vladimir Putin"_s}));
        QCOMPARE(model.index(model.rowForId(m_putin)).data(SpeakerListModel::QuoteCountRole).toLongLong(), 3);
        QCOMPARE(model.rowForId(m_quist), -1);
        // The merged speaker's name became an alias, so the filter finds Putin by it.
        model.setFilterText(u"helena"_s);
        QCOMPARE(names(model), QStringList{u"Vladimir Putin"_s});
    }
};

QTEST_GUILESS_MAIN(TestSpeakerListModel)
#include "tst_speakerlistmodel.moc"
