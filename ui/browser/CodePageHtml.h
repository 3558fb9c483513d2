#pragma once

#include <QJsonObject>
#include <QString>

namespace codedesk::ui {

// A code page (CodePages JSON) as HTML for CodePageView. Every string from a file or the user
// is escaped; code mentions become "code:KIND/CODE" links (KIND empty when the mention does not
// say), which the view follows itself. Nothing in it loads a resource.
namespace CodePageHtml {

QString render(const QJsonObject &page);
// Escapes `text` and turns the code mentions in it into links.
QString linked(const QString &text);
QString codeLink(const QString &kind, const QString &code, const QString &label = {});

} // namespace CodePageHtml

} // namespace codedesk::ui
