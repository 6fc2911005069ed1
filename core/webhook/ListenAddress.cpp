#include "webhook/ListenAddress.h"

#include <QCoreApplication>

namespace ringback::webhook {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ringback::webhook::WebhookServer)
};

} // namespace

Result<ListenAddress> ListenAddress::parse(const QString &hostPort)
{
    const QString text = hostPort.trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? text.left(colon) : QString();
    const QString portText = colon > 0 ? text.mid(colon + 1) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(QLatin1Char(':')))
        host.clear(); // an IPv6 address needs brackets: "[::1]:8787"

    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    if (host.isEmpty() || !portOk || port > 65535) {
        //: %1 is what the user typed for the webhook listen address
        return Error(
            Tr::tr("\"%1\" is not a listen address: use host:port, for example 127.0.0.1:8787")
                .arg(hostPort));
    }
    ListenAddress out;
    out.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        out.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!out.host.setAddress(host)) {
        //: %1 is the host part of the webhook listen address
        return Error(Tr::tr("\"%1\" is not an IP address: use 127.0.0.1 (this computer only) or "
                            "0.0.0.0 (all networks)")
                         .arg(host));
    }
    return out;
}

QString ListenAddress::toString() const
{
    const QString h = host.protocol() == QAbstractSocket::IPv6Protocol
                          ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
                          : host.toString();
    return h + QLatin1Char(':') + QString::number(port);
}

} // namespace ringback::webhook
