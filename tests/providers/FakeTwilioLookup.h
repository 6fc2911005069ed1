#pragma once

// A fake Twilio Lookup v2
// (https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence) on
// 127.0.0.1, for the line-type lookup: GET
// /v2/PhoneNumbers/{E.164}?Fields=line_type_intelligence with the account's
// Basic auth (FakeTwilio's SID and token). Anything off that contract is listed
// in violations() and answered like Twilio would (401, 404, 400 with Twilio's
// JSON error body). A real Lookup lives on its own host (lookups.twilio.com),
// so this is a server of its own.

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>
#include <vector>

class QHttpServerResponder;

namespace ringback::test {

class FakeTwilioLookup final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QString path;    // decoded
        QString rawPath; // as sent
        QString query;   // as sent
        bool authorized = false;
    };

    FakeTwilioLookup();
    ~FakeTwilioLookup() override;

    bool start();
    QString baseUrl() const;

    // The world: number -> line type ("mobile" when not listed).
    QHash<QString, QString> types;
    // number -> line_type_intelligence.error_code (no type then), e.g. 60601.
    QHash<QString, int> errorCodes;
    int failStatus = 0; // answer every lookup with this HTTP error (e.g. 500)
    bool never = false; // never answer

    QList<Request> requests;
    QStringList violations;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::vector<std::shared_ptr<QHttpServerResponder>> m_held;
    quint16 m_port = 0;
};

} // namespace ringback::test
