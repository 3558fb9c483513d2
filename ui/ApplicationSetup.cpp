#include "ApplicationSetup.h"

#include "DarkPalette.h"
#include "core/AppIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

// Loads `name`_LANGUAGE.qm from `folder` for the locale's UI languages (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG; or QLocale::setDefault); nothing for English, which the sources are in.
void installTranslator(QApplication &app, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, u"_"_s, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void setUpApplication(QApplication &app)
{
    QGuiApplication::setDesktopFileName(applicationId());
    QIcon icon;
    // Each file is decoded here, at start-up; 256 pixels (most of the decoding) is left to the
    // desktop's own icon theme, which has the installed hicolor icons.
    for (const int size : {16, 32, 48, 64})
        icon.addFile(u":/codedesk/icons/%1-%2.png"_s.arg(applicationId()).arg(size), QSize(size, size));
    app.setWindowIcon(icon);

    if (DarkPalette::requested() && !DarkPalette::isDark(QGuiApplication::palette())) {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
        QApplication::setPalette(DarkPalette::palette());
    }

    // Qt's own dialogs and buttons (qt6-translations-l10n), then CodeDesk's.
    installTranslator(app, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, u"codedesk"_s, u":/codedesk/translations"_s);
}

} // namespace codedesk::ui
