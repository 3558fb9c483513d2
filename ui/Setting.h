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
    // Each QSettings that changed something rewrites the file when it goes: an unchanged value is
    // not written (start-up restores many settings and would otherwise write the file each time).
    void setValue(const T &value) const
    {
        QSettings settings;
        const QVariant variant = QVariant::fromValue(value);
        if (settings.contains(m_key) && settings.value(m_key) == variant)
            return;
        settings.setValue(m_key, variant);
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace codedesk::ui
