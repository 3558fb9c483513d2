#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace codedesk::ui {

// A settings key declared together with its default, read and written through QSettings.
template<typename T>
class Setting final
{
public:
    Setting(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace codedesk::ui
