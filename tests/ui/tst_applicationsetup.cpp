// One id everywhere: the running window, the desktop file, the AppStream metadata, the icon and
// the MIME type the package installs.
#include "ApplicationSetup.h"
#include "DarkPalette.h"
#include "browser/SeverityStyle.h"
#include "TestHome.h"
#include "core/AppIdentity.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QRegularExpression>
#include <QStyle>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestApplicationSetup final : public QObject
{
    Q_OBJECT

private:
    static QString packagingFile(const QString &name)
    {
        return QDir(qEnvironmentVariable("CODEDESK_SOURCE_DIR")).filePath(u"packaging/"_s + name);
    }

    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<codedesk::test::TestHome>(); }
    void cleanup() { m_home.reset(); }

    void applicationId_isLowerCaseReverseDns()
    {
        static const QRegularExpression reverseDns(u"^[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*){2,}$"_s);
        QVERIFY(reverseDns.match(codedesk::applicationId()).hasMatch());
        QVERIFY(!codedesk::applicationId().startsWith(u"invalid."_s));
    }

    void setUp_namesTheDesktopFileAndSetsTheWindowIcon()
    {
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(QGuiApplication::desktopFileName(), codedesk::applicationId());
        const QIcon icon = QApplication::windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48, 64})
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
        QCOMPARE(icon.pixmap(48, 48).size(), QSize(48, 48));
    }

    void packaging_usesTheSameIdEverywhere()
    {
        const QString id = codedesk::applicationId();
        const QString desktop = read(packagingFile(id + u".desktop"_s));
        QVERIFY2(!desktop.isEmpty(), "the desktop file is named after the application id");
        QVERIFY(desktop.contains(u"\nIcon="_s + id + u'\n'));
        QVERIFY(desktop.contains(u"MimeType=application/x-codedesk-worksheet;"_s));
        const QString metainfo = read(packagingFile(id + u".metainfo.xml"_s));
        QVERIFY(metainfo.contains(u"<id>"_s + id + u"</id>"_s));
        QVERIFY(metainfo.contains(u"<launchable type=\"desktop-id\">"_s + id + u".desktop</launchable>"_s));
        QVERIFY(QFile::exists(packagingFile(u"icons/"_s + id + u".svg"_s)));
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage png(packagingFile(u"icons/%1-%2.png"_s.arg(id).arg(size)));
            QCOMPARE(png.size(), QSize(size, size));
        }
    }

    void mimeType_recognisesWorksheetsByNameAndContent()
    {
        const QString mime = read(packagingFile(codedesk::applicationId() + u".mime.xml"_s));
        QVERIFY(mime.contains(u"<mime-type type=\"application/x-codedesk-worksheet\">"_s));
        QVERIFY(mime.contains(u"<glob pattern=\"*.codedesk\"/>"_s));
        // The magic string is the format key every worksheet carries near its start.
        QVERIFY(mime.contains(u"value=\"&quot;codedesk-worksheet&quot;\""_s));
        const QString example = read(QDir(qEnvironmentVariable("CODEDESK_TEST_DATA")).filePath(
            u"worksheets/valid.codedesk"_s));
        QVERIFY(example.left(256).contains(u"\"codedesk-worksheet\""_s));
    }

    void lightDesktop_keepsThePlatformPalette()
    {
        qunsetenv("GTK_THEME");
        const QPalette before = QGuiApplication::palette();
        codedesk::ui::setUpApplication(*qApp);
        QCOMPARE(QGuiApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    }

    void darkDesktop_getsADarkPaletteWithReadableSeverities()
    {
        qputenv("GTK_THEME", "Adwaita:dark");
        codedesk::ui::setUpApplication(*qApp);
        qunsetenv("GTK_THEME");
        const QPalette palette = QGuiApplication::palette();
        QVERIFY(codedesk::ui::DarkPalette::isDark(palette));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // A severity row's tint over the base colour still leaves the text readable.
        for (const auto severity : {codedesk::Severity::Error, codedesk::Severity::Warning, codedesk::Severity::Info}) {
            const QColor tint = codedesk::ui::severityTint(severity, palette);
            const QColor base = palette.color(QPalette::Base);
            const double alpha = tint.alphaF();
            const QColor row = QColor::fromRgbF(float(tint.redF() * alpha + base.redF() * (1 - alpha)),
                                                float(tint.greenF() * alpha + base.greenF() * (1 - alpha)),
                                                float(tint.blueF() * alpha + base.blueF() * (1 - alpha)));
            QVERIFY2(palette.color(QPalette::Text).lightness() - row.lightness() > 100,
                     qPrintable(row.name()));
        }
    }

private:
    std::unique_ptr<codedesk::test::TestHome> m_home;
};

QTEST_MAIN(TestApplicationSetup)
#include "tst_applicationsetup.moc"
