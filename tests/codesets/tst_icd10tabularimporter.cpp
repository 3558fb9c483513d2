#include "codesets/Icd10TabularImporter.h"
#include "TestHome.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace codedesk;

class TestIcd10TabularImporter final : public QObject
{
    Q_OBJECT

private:
    static Icd10TabularResult fixture()
    {
        return Icd10TabularImporter::parse(test::TestHome::readData(u"codesets/icd10cm-tabular-2021.xml"_s));
    }

    static const TabularNode *node(const Icd10TabularResult &result, const QString &key)
    {
        for (const TabularNode &n : result.nodes) {
            if (n.key == key)
                return &n;
        }
        return nullptr;
    }

    static QStringList notes(const Icd10TabularResult &result, const QString &key, NoteKind kind)
    {
        QStringList texts;
        for (const TabularNote &note : result.notes) {
            if (note.key == key && note.kind == kind)
                texts << note.text;
        }
        return texts;
    }

private Q_SLOTS:
    void parse_fixture_buildsTheTree()
    {
        const Icd10TabularResult result = fixture();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.statedYear, 2021);
        QCOMPARE(result.codes, 12);
        // Billable: C22.0 C22.1 C22.9 C78.7 C78.80; S52.521 needs a 7th character.
        QCOMPARE(result.billable, 5);
        const TabularNode *chapter = node(result, u"CH:2"_s);
        QVERIFY(chapter);
        QCOMPARE(chapter->code, u"Chapter 2"_s);
        QCOMPARE(chapter->title, u"Neoplasms (C00-D49)"_s);
        QVERIFY(chapter->parent.isEmpty());
        const TabularNode *section = node(result, u"S:C15-C26"_s);
        QVERIFY(section);
        QCOMPARE(section->parent, u"CH:2"_s);
        const TabularNode *c22 = node(result, u"C22"_s);
        QVERIFY(c22);
        QCOMPARE(c22->parent, u"S:C15-C26"_s);
        QCOMPARE(c22->title, u"Malignant neoplasm of liver and intrahepatic bile ducts"_s);
        QCOMPARE(node(result, u"C220"_s)->parent, u"C22"_s);
        QCOMPARE(node(result, u"C220"_s)->code, u"C22.0"_s);
        QCOMPARE(node(result, u"C7880"_s)->parent, u"C788"_s);
        QCOMPARE(node(result, u"S52521"_s)->parent, u"S5252"_s);
    }

    void parse_notes_attachToTheElementTheyAreWrittenUnder()
    {
        const Icd10TabularResult result = fixture();
        QCOMPARE(notes(result, u"C22"_s, NoteKind::Excludes1),
                 (QStringList{u"malignant neoplasm of biliary tract NOS (C24.9)"_s,
                              u"secondary malignant neoplasm of liver (C78.7)"_s}));
        QCOMPARE(notes(result, u"C22"_s, NoteKind::UseAdditional).size(), 3);
        QCOMPARE(notes(result, u"C220"_s, NoteKind::InclusionTerm),
                 (QStringList{u"Hepatocellular carcinoma"_s, u"Hepatoma"_s}));
        QVERIFY(notes(result, u"C220"_s, NoteKind::Excludes1).isEmpty());
        QCOMPARE(notes(result, u"C221"_s, NoteKind::Excludes1),
                 QStringList{u"malignant neoplasm of hepatic duct (C24.0)"_s});
        QCOMPARE(notes(result, u"C78"_s, NoteKind::CodeFirst), QStringList{u"any underlying neoplasm"_s});
        QCOMPARE(notes(result, u"S:C15-C26"_s, NoteKind::Excludes2),
                 QStringList{u"gastrointestinal stromal tumors (C49.A-)"_s});
        QCOMPARE(notes(result, u"CH:2"_s, NoteKind::Includes), QStringList{u"Functional activity"_s});
        QCOMPARE(notes(result, u"S52"_s, NoteKind::Excludes2).size(), 1);
        QCOMPARE(notes(result, u"S52"_s, NoteKind::Note),
                 QStringList{u"The appropriate 7th character is to be added to each code from category S52"_s});
        QCOMPARE(notes(result, u"S52"_s, NoteKind::SevenCharacter),
                 (QStringList{u"A\tinitial encounter for closed fracture"_s,
                              u"D\tsubsequent encounter for closed fracture with routine healing"_s}));
        QCOMPARE(result.notes.size(), 16); // 13 instructional notes, the sevenChrNote, two seventh characters
    }

    void parse_diagWithoutName_isReportedWithItsLine()
    {
        const Icd10TabularResult result = fixture();
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 116);
        QVERIFY(result.problems.first().message.contains(u"without a name"_s));
    }

    void parse_malformedXml_isRejectedWithLine()
    {
        const Icd10TabularResult result =
            Icd10TabularImporter::parse(test::TestHome::readData(u"codesets/icd10cm-tabular-broken.xml"_s));
        QVERIFY(result.error.startsWith(u"line "_s));
        QVERIFY(result.nodes.isEmpty());
        QVERIFY(result.notes.isEmpty());
    }

    void parse_otherXml_isRejected()
    {
        const Icd10TabularResult result =
            Icd10TabularImporter::parse(test::TestHome::readData(u"codesets/icd10cm-tabular-wrongroot.xml"_s));
        QVERIFY(result.error.contains(u"not an ICD-10-CM tabular list"_s));
    }

    void looksLikeTabular_tellsXmlFromTheOrderFile()
    {
        QVERIFY(
            Icd10TabularImporter::looksLikeTabular(test::TestHome::readData(u"codesets/icd10cm-tabular-2021.xml"_s)));
        QVERIFY(Icd10TabularImporter::looksLikeTabular("\xEF\xBB\xBF  <?xml version=\"1.0\"?><x/>"));
        QVERIFY(
            !Icd10TabularImporter::looksLikeTabular(test::TestHome::readData(u"codesets/icd10cm-order-2021.txt"_s)));
    }

    void parse_cancelled_returnsNothing()
    {
        QByteArray bytes = "<ICD10CM.tabular><chapter><name>1</name><desc>x</desc>";
        for (int i = 0; i < 5000; ++i)
            bytes += "<diag><name>A" + QByteArray::number(10 + i % 80) + "</name><desc>d</desc></diag>";
        bytes += "</chapter></ICD10CM.tabular>";
        std::atomic_bool cancel{true};
        ImportControl control;
        control.cancel = &cancel;
        const Icd10TabularResult result = Icd10TabularImporter::parse(bytes, control);
        QVERIFY(result.cancelled);
        QVERIFY(result.nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIcd10TabularImporter)
#include "tst_icd10tabularimporter.moc"
