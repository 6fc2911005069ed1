#pragma once

// Twilio Lookup v2, line type only
// (https://www.twilio.com/docs/lookup/v2-api/line-type-intelligence): GET
// {lookup base}/v2/PhoneNumbers/{E.164}?Fields=line_type_intelligence with the
// account's Basic auth. Billed per lookup: the engine asks only when the office
// turned the lookup on, once per new number, and remembers it.

#include "TwilioSession.h"
#include "provider/ProviderApi.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace ringback::twilio {

inline constexpr auto kLookupBaseUrl = "https://lookups.twilio.com";

// The lookup's URL under the configured base ("+" sent as %2B).
QUrl lookupUrl(const QUrl &lookupBase, const QString &e164);
// A 200 answer: Found with line_type_intelligence.type and carrier_name, or
// Failed when Twilio could not classify the number (error_code, "valid":
// false, no type).
LineTypeLookup parseLineType(const QByteArray &body);
// Asks Twilio; `done` runs once, unless the session's HTTP client is
// cancelled or destroyed first (then never).
void lookupLineType(Session &session,
                    const QString &e164,
                    std::function<void(const LineTypeLookup &)> done);

} // namespace ringback::twilio
