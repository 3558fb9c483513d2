// The window speaks the system locale's language: Spanish is complete, English is the source.
#include "ApplicationSetup.h"
#include "MainWindow.h"
#include "TestHome.h"
#include "browser/CodePageHtml.h"
#include "core/AppIdentity.h"
#include "library/Workspace.h"
#include "worksheet/ClaimFinding.h"
#include "worksheet/ClaimLineTableModel.h"
#include "worksheet/Worksheet.h"
#include "worksheet/WorksheetFields.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using codedesk::Workspace;
using codedesk::ui::MainWindow;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            message = Message{context, {}, {}, {}};
        else if (xml.name() == u"source"_s)
            message.source = xml.readElementText();
        else if (xml.name() == u"translation"_s) {
            message.type = xml.attributes().value(u"type"_s).toString();
            message.translation = xml.readElementText();
            messages << message;
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression number(u"%\\d+"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        found << match.captured();
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles()
    {
        Workspace workspace;
        workspace.load();
        MainWindow window(workspace);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text().remove(u'&');
        return menus;
    }

    static QString spanishTs()
    {
        return QDir(qEnvironmentVariable("CODEDESK_SOURCE_DIR")).filePath(u"translations/codedesk_es.ts"_s);
    }

private Q_SLOTS:
    void initTestCase() { codedesk::setApplicationIdentity(); }
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup()
    {
        qDeleteAll(qApp->findChildren<QTranslator *>()); // a deleted translator is uninstalled
        QLocale::setDefault(QLocale::c());
        m_home.reset();
    }

    void englishLocale_keepsTheSourceTexts()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(menuTitles(), (QStringList{u"File"_s, u"Edit"_s, u"View"_s, u"Tools"_s, u"Help"_s}));
    }

    void spanishLocale_translatesTheWindow()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(menuTitles(),
                 (QStringList{u"Archivo"_s, u"Editar"_s, u"Ver"_s, u"Herramientas"_s, u"Ayuda"_s}));
        // Texts under contexts other than a widget's own: a namespaced undo command and a
        // QT_TRANSLATE_NOOP table.
        QCOMPARE(QCoreApplication::translate("WorksheetCommands", "Remove line %1"), u"Eliminar línea %1"_s);
        QCOMPARE(QCoreApplication::translate("codedesk::ui::CodeBrowser", "Any organ"), u"Cualquier órgano"_s);
    }

    void spanishLocale_translatesTextsOutsideWidgets()
    {
        // Free functions whose tr() helper names its context itself: it must be the context lupdate
        // records for them (their namespace), or the texts stay English.
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(codedesk::claimFieldLabel(codedesk::ClaimField::PlaceOfService), u"lugar de servicio"_s);
        QCOMPARE(codedesk::lineFieldLabel(codedesk::LineField::Units), u"unidades"_s);
        codedesk::ClaimFinding finding;
        finding.line = 2;
        finding.message = u"units above the MUE"_s;
        QCOMPARE(codedesk::findingSummary(finding), u"línea 3: units above the MUE"_s);
        finding.lines = {1, 2, 3};
        QCOMPARE(codedesk::findingPlace(finding), u"líneas 2–4"_s);

        const QJsonObject page{{u"kind"_s, u"icd10cm"_s},
                               {u"code"_s, u"C18"_s},
                               {u"billable"_s, false},
                               {u"notes"_s, QJsonArray{QJsonObject{{u"type"_s, u"excludes1"_s}, {u"text"_s, u"x"_s}}}}};
        const QString html = codedesk::ui::CodePageHtml::render(page);
        QVERIFY2(html.contains(u"Encabezado: no facturable"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Notas de la lista tabular"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Excluye1"_s), qPrintable(html)); // a QT_TRANSLATE_NOOP table

        codedesk::Worksheet sheet;
        codedesk::ClaimLineTableModel lines(&sheet);
        const int pointers = int(codedesk::ClaimLineColumn::Pointers);
        QCOMPARE(lines.headerData(pointers, Qt::Horizontal).toString(), u"Punteros Dx"_s);
        QCOMPARE(lines.headerData(pointers, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 u"Punteros de diagnóstico A–L (casilla 24E), primero el principal"_s);
    }

    void englishLocale_keepsTextsOutsideWidgets()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(codedesk::claimFieldLabel(codedesk::ClaimField::PlaceOfService), u"place of service"_s);
        const QString html = codedesk::ui::CodePageHtml::render({{u"kind"_s, u"icd10cm"_s}, {u"billable"_s, false}});
        QVERIFY2(html.contains(u"Header: not billable"_s), qPrintable(html));
        codedesk::Worksheet sheet;
        codedesk::ClaimLineTableModel lines(&sheet);
        QCOMPARE(lines.headerData(int(codedesk::ClaimLineColumn::Pointers), Qt::Horizontal).toString(),
                 u"Dx pointers"_s);
    }

    void spanish_isCompleteAndKeepsEveryPlaceholder()
    {
        const QList<Message> messages = readTs(spanishTs());
        QVERIFY2(messages.size() > 200, qPrintable(spanishTs()));
        for (const Message &message : messages) {
            const QString where = message.context + u": "_s + message.source;
            QVERIFY2(message.type.isEmpty(), qPrintable(where + u" is "_s + message.type));
            QVERIFY2(!message.translation.isEmpty(), qPrintable(where));
            QCOMPARE(placeholders(message.translation), placeholders(message.source));
        }
    }

    void contexts_areTheOnesQtLooksUp()
    {
        // tr() in a Q_OBJECT class looks up its qualified class name: a bare "CodeBrowser" beside
        // "codedesk::ui::CodeBrowser" is a QT_TRANSLATE_NOOP or tr() that is never found.
        QSet<QString> contexts;
        for (const Message &message : readTs(spanishTs()))
            contexts << message.context;
        QVERIFY(!contexts.contains(u"QObject"_s));
        for (const QString &context : contexts) {
            if (context.contains(u"::"_s))
                continue;
            for (const QString &other : contexts)
                QVERIFY2(!other.endsWith(u"::"_s + context), qPrintable(context + u" beside "_s + other));
        }
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
