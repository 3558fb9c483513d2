#include "catalog/FacetVocabulary.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestFacetVocabulary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_home = std::make_unique<test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void derive_titleAndServiceTypeFirst()
    {
        Procedure procedure;
        procedure.title = u"Open Cryosurgical Ablation of Liver Tumors"_s;
        procedure.billingOverview = u"An alternative to percutaneous or laparoscopic radiofrequency ablation."_s;
        const Facets facets = FacetVocabulary::bundled().derive(procedure);
        QCOMPARE(facets.approaches, QStringList{u"open"_s});
        QCOMPARE(facets.energies, QStringList{u"cryo"_s});
        QCOMPARE(facets.organs, QStringList{u"liver"_s});
    }

    void derive_fallsBackToBillingOverview()
    {
        Procedure procedure;
        procedure.title = u"Ablation of Tumor"_s;
        procedure.billingOverview = u"Performed through the skin (percutaneous) with microwave energy in the kidney."_s;
        const Facets facets = FacetVocabulary::bundled().derive(procedure);
        QCOMPARE(facets.approaches, QStringList{u"percutaneous"_s});
        QCOMPARE(facets.energies, QStringList{u"microwave"_s});
        QCOMPARE(facets.organs, QStringList{u"kidney"_s});
    }

    void derive_matchesWholeWordsOnly()
    {
        Procedure procedure;
        procedure.title = u"Reopened wound; deliverable; lungfish"_s; // "open", "liver", not "lung*"? see below
        const Facets facets = FacetVocabulary::bundled().derive(procedure);
        QVERIFY(facets.approaches.isEmpty());
        QVERIFY(!facets.organs.contains(u"liver"_s));
        // A trailing * in the vocabulary is a prefix: "lung*" matches "lungfish" on purpose.
        QVERIFY(facets.organs.contains(u"lung"_s));
    }

    void loadJson_custom_replacesVocabulary()
    {
        FacetVocabulary vocabulary;
        QString error;
        QVERIFY2(
            vocabulary.loadJson(R"({"facets": [{"facet": "organ", "value": "spleen", "terms": ["splen*"]}]})", &error),
            qPrintable(error));
        Procedure procedure;
        procedure.title = u"Splenic artery embolization"_s;
        QCOMPARE(vocabulary.derive(procedure).organs, QStringList{u"spleen"_s});
        QVERIFY(!vocabulary.loadJson("{}", &error));
        QVERIFY(!error.isEmpty());
    }

private:
    std::unique_ptr<test::TestHome> m_home;
};

QTEST_GUILESS_MAIN(TestFacetVocabulary)
#include "tst_facetvocabulary.moc"
