#include "catalog/CodeShape.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestCodeShape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeSystemForCode_readsTheShape_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("system");
        QTest::addColumn<QString>("name");
        QTest::newRow("Category I") << u"47382"_s << int(CodeSystem::CptCategoryI) << u"CPT Category I"_s;
        QTest::newRow("Category II") << u"3008F"_s << int(CodeSystem::CptCategoryII) << u"CPT Category II"_s;
        QTest::newRow("Category III") << u"0600T"_s << int(CodeSystem::CptCategoryIII) << u"CPT Category III"_s;
        QTest::newRow("Category III lower case")
            << u"0601t"_s << int(CodeSystem::CptCategoryIII) << u"CPT Category III"_s;
        QTest::newRow("PLA") << u"0001U"_s << int(CodeSystem::CptPla) << u"CPT PLA"_s;
        QTest::newRow("MAAA") << u"0002M"_s << int(CodeSystem::CptMaaa) << u"CPT MAAA"_s;
        QTest::newRow("HCPCS") << u"C9751"_s << int(CodeSystem::HcpcsLevelII) << u"HCPCS Level II"_s;
        QTest::newRow("four digits") << u"4738"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("six digits") << u"473820"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("other letter") << u"0600X"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("two letters") << u"AB123"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("letter both ends") << u"A123B"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("non-ASCII digits")
            << u"\u0664\u0667\u0663\u0668\u0662"_s << int(CodeSystem::Unknown) << u"Unknown"_s;
        QTest::newRow("empty") << QString() << int(CodeSystem::Unknown) << u"Unknown"_s;
    }

    void codeSystemForCode_readsTheShape()
    {
        QFETCH(QString, code);
        QFETCH(int, system);
        QFETCH(QString, name);
        QCOMPARE(int(codeSystemForCode(code)), system);
        QCOMPARE(codeSystemName(codeSystemForCode(code)), name);
    }

    void originName_isTheContractWord()
    {
        QCOMPARE(originName(Origin::Bundled), u"bundled"_s);
        QCOMPARE(originName(Origin::Imported), u"imported"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeShape)
#include "tst_codeshape.moc"
