#include "provider/ProviderApi.h"

#include <QCoreApplication>

namespace ringback {

QString toString(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::Polling:
        return QStringLiteral("polling");
    case ConnectionState::Reconnecting:
        return QStringLiteral("reconnecting");
    case ConnectionState::AuthFailed:
        return QStringLiteral("auth-failed");
    case ConnectionState::Error:
        return QStringLiteral("error");
    }
    return {};
}

void Provider::testConnection(std::function<void(const ConnectionCheck &)> done)
{
    done({false,
          QCoreApplication::translate("ringback::Provider",
                                      "This provider cannot test its connection. Save the "
                                      "settings and watch the status bar after a restart.")});
}

void Provider::signIn(const ProviderContext &context,
                      std::function<bool(const QUrl &)> openBrowser,
                      std::function<void(const SignInResult &)> done)
{
    Q_UNUSED(context)
    Q_UNUSED(openBrowser)
    done({false,
          QCoreApplication::translate("ringback::Provider",
                                      "This provider has no sign-in in the browser. Enter its "
                                      "credentials in the form.")});
}

QString toString(SendError e)
{
    switch (e) {
    case SendError::None:
        return {};
    case SendError::OptedOut:
        return QStringLiteral("opted-out");
    case SendError::InvalidNumber:
        return QStringLiteral("invalid-number");
    case SendError::Landline:
        return QStringLiteral("landline");
    case SendError::RateLimited:
        return QStringLiteral("rate-limited");
    case SendError::AuthFailed:
        return QStringLiteral("auth-failed");
    case SendError::ProviderDown:
        return QStringLiteral("provider-down");
    case SendError::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

} // namespace ringback
