#include "SettingsReader.h"

#include "net/BaseUrl.h"
#include "phone/PhoneNumber.h"

#include <algorithm>

namespace ringback::provider {

SettingsReader::SettingsReader(const QVariantMap &settings)
    : m_settings(settings)
{}

QString SettingsReader::text(const char *key) const
{
    return m_settings.value(QLatin1String(key)).toString().trimmed();
}

QString SettingsReader::phone(const char *key)
{
    const auto number = PhoneNumber::parse(m_settings.value(QLatin1String(key)).toString());
    if (!number) {
        fail(tr("\"%1\": %2").arg(QLatin1String(key), number.errorMessage()));
        return {};
    }
    return number->e164();
}

QUrl SettingsReader::url(const char *key, const QString &fallback)
{
    const auto base = net::checkBaseUrl(m_settings.value(QLatin1String(key), fallback).toString());
    if (!base) {
        fail(tr("\"%1\": %2").arg(QLatin1String(key), base.errorMessage()));
        return {};
    }
    return base.value();
}

int SettingsReader::seconds(const char *key, double fallback, double most)
{
    bool ok = false;
    const double value = m_settings.value(QLatin1String(key), fallback).toDouble(&ok);
    if (!ok || value <= 0 || value > most) {
        fail(tr("\"%1\" must be between 1 and %2.").arg(QLatin1String(key)).arg(most));
        return 0;
    }
    return std::max(100, int(value * 1000));
}

Status SettingsReader::status() const
{
    if (m_error.isEmpty())
        return {};
    return Error(m_error);
}

void SettingsReader::fail(QString why)
{
    if (m_error.isEmpty())
        m_error = std::move(why);
}

} // namespace ringback::provider
