#include "InstanceChannel.h"

#include "core/AppIdentity.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace codedesk::ui {

namespace {

// An address inside this code, for dladdr() to name the file it was loaded from.
void anchor() {}

using ForwardFunction = bool (*)(const QString &, const QStringList &);
using ListenFunction = QObject *(*)(const QString &, QObject *);

} // namespace

InstanceChannel::InstanceChannel(QObject *parent)
    : InstanceChannel(defaultModulePath(), parent)
{
}

InstanceChannel::InstanceChannel(const QString &modulePath, QObject *parent)
    : QObject(parent)
    , m_module(modulePath)
{
}

InstanceChannel::~InstanceChannel() = default; // the module stays loaded until the process ends

QString InstanceChannel::socketName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(applicationId() + u".socket"_s);
    return QDir(QDir::tempPath()).filePath(u"%1-%2.socket"_s.arg(applicationId()).arg(::getuid()));
}

QString InstanceChannel::defaultModulePath()
{
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void *>(&anchor), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absoluteDir().filePath(u"codedesk-instance.so"_s);
}

QFunctionPointer InstanceChannel::resolve(const char *symbol)
{
    const QFunctionPointer function = m_module.resolve(symbol);
    if (!function)
        m_error = tr("The one-window hand-over is not available: %1").arg(m_module.errorString());
    return function;
}

bool InstanceChannel::forwardToRunning(const QStringList &files)
{
    const QString name = socketName();
    if (!QFileInfo::exists(name))
        return false;
    const auto forward = reinterpret_cast<ForwardFunction>(resolve("codedeskForwardToRunning"));
    return forward && forward(name, files); // it sends the paths made absolute
}

bool InstanceChannel::listen()
{
    if (m_server)
        return true;
    const auto listenOn = reinterpret_cast<ListenFunction>(resolve("codedeskListen"));
    if (!listenOn)
        return false;
    m_server = listenOn(socketName(), this);
    if (!m_server) {
        m_error = tr("The one-window hand-over is not available: cannot listen on %1").arg(socketName());
        return false;
    }
    // The server's class lives in the module: its signal is found by name.
    connect(m_server, SIGNAL(filesRequested(QStringList)), this, SIGNAL(filesRequested(QStringList)));
    return true;
}

} // namespace codedesk::ui
