#pragma once

// A fake Twilio Lookup v2
// (https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence) on
// 127.0.0.1, for the line-type lookup: GET
// /v2/PhoneNumbers/{E.164}?Fields=line_type_intelligence with the account's
// Basic auth (FakeTwilio's SID and token). Anything off that contract is listed
// in violations and answered like Twilio would (401, 404, 400 with Twilio's
// JSON error body). Requests keep their path as sent (rawPath) and decoded
// (path), and the query as sent (rawQuery). A real Lookup lives on its own host
// (lookups.twilio.com), so this is a server of its own.

#include "FakeHttpServer.h"

#include <QHash>

namespace ringback::test {

class FakeTwilioLookup final : public FakeHttpServer
{
    Q_OBJECT

public:
    FakeTwilioLookup();
    ~FakeTwilioLookup() override;

    // The world: number -> line type ("mobile" when not listed).
    QHash<QString, QString> types;
    // number -> line_type_intelligence.error_code (no type then), e.g. 60601.
    QHash<QString, int> errorCodes;
    int failStatus = 0; // answer every lookup with this HTTP error (e.g. 500)
    bool never = false; // never answer

protected:
    Answer failure(const Reply &reply) override;

private:
    Answer lookUp(Request &seen);
};

} // namespace ringback::test
