// The baseline for start-up: the smallest Qt Widgets program that shows a window and quits when
// idle, exactly as `codedesk --quit-when-ready` does.
#include <QApplication>
#include <QLabel>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Hello"));
    label.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
