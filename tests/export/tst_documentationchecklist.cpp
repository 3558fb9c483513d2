// The documentation checklist: sourced data, whole-word matching against the clinical context.
#include "TestHome.h"

#include "export/DocumentationChecklist.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;
using namespace codedesk::test;

namespace {

QByteArray checklistJson(const QByteArray &items)
{
    return R"({"format": "codedesk-documentation-checklist", "version": 1, "source": "S", "date": "2026-01-01",
               "items": [)" +
           items + "]}";
}

DocumentationChecklist small()
{
    DocumentationChecklist checklist;
    QString error;
    const bool ok = checklist.loadJson(checklistJson(R"(
        {"id": "ct", "label": "CT reviewed", "keywords": ["CT scan", "CT"], "source": "S", "date": "2026-01-01"},
        {"id": "consent", "label": "Consent", "keywords": ["consent"], "source": "S", "date": "2026-01-01"})"),
                                       &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return checklist;
}

} // namespace

class TestDocumentationChecklist final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<TestHome>(); }
    void cleanup() { m_home.reset(); }

    void bundled_everyItemHasKeywordsSourceAndDate()
    {
        const DocumentationChecklist checklist = DocumentationChecklist::bundled();
        QVERIFY(checklist.items().size() >= 8);
        QVERIFY(!checklist.source().isEmpty());
        for (const DocumentationChecklist::Item &item : checklist.items()) {
            QVERIFY2(!item.keywords.isEmpty() && !item.source.isEmpty() && !item.date.isEmpty(), qPrintable(item.id));
            QVERIFY(QDate::fromString(item.date, Qt::ISODate).isValid());
        }
    }

    void matches_wholeWordsOnly_caseInsensitive()
    {
        const DocumentationChecklist checklist = small();
        QCOMPARE(checklist.matches(u"Reviewed the ct scan. Consent signed."_s).size(), 2);
        QCOMPARE(checklist.matches(u"Reviewed the ct scan."_s).constFirst().evidence, u"ct scan"_s);
        // "CT" inside another word and "consent" inside "consenting" are not mentions.
        QVERIFY(checklist.matches(u"Direct contact, no consenting adult."_s).isEmpty());
        const auto matches = checklist.matches(u"Prior CT (2026)."_s);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.constFirst().id, u"ct"_s);
        QCOMPARE(matches.constFirst().evidence, u"CT"_s);
    }

    void matches_emptyContext_findsNothing()
    {
        QVERIFY(small().matches(QString()).isEmpty());
        QVERIFY(small().matches(u"   \n"_s).isEmpty());
    }

    void matches_regexLookingKeyword_isLiteral()
    {
        DocumentationChecklist checklist;
        QString error;
        QVERIFY(checklist.loadJson(
            checklistJson(R"j({"id": "x", "label": "X", "keywords": ["a.b (c)"], "source": "S", "date": "d"})j"),
            &error));
        QVERIFY(checklist.matches(u"axb c"_s).isEmpty());
        QCOMPARE(checklist.matches(u"see a.b (c) here"_s).size(), 1);
    }

    void loadJson_brokenInput_isRefusedAndKeepsTheOldItems()
    {
        DocumentationChecklist checklist = small();
        QString error;
        QVERIFY(!checklist.loadJson("{not json", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!checklist.loadJson(R"({"format": "something-else", "items": []})", &error));
        QVERIFY(!checklist.loadJson(checklistJson(R"({"id": "n", "label": "No source", "keywords": ["x"]})"), &error));
        QVERIFY(error.contains(u"item 1"_s));
        QVERIFY(!checklist.loadJson(checklistJson(R"({"id": "n", "label": "L", "keywords": [], "source": "S",
                                                     "date": "d"})"),
                                    &error));
        QCOMPARE(checklist.items().size(), 2);
    }

private:
    std::unique_ptr<TestHome> m_home;
};

QTEST_MAIN(TestDocumentationChecklist)
#include "tst_documentationchecklist.moc"
