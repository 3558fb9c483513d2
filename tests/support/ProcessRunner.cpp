#include "ProcessRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::test {

ProcessResult runCodeDesk(const QStringList &arguments, const QString &home, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"XDG_DATA_HOME"_s,
                                u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s})
        env.remove(name);
    env.insert(u"HOME"_s, home);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("CODEDESK_BINARY"), arguments);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace codedesk::test
