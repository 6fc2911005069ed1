#pragma once

#include "TwilioSession.h"
#include "provider/ProviderApi.h"

#include <functional>

namespace ringback::twilio {

// The settings dialog's "Test connection" for Twilio
// (https://www.twilio.com/docs/iam/api/account and
// https://www.twilio.com/docs/phone-numbers/api/incomingphonenumber-resource):
// GET Accounts/{Sid}.json proves the Account SID and Auth Token, then GET
// Accounts/{Sid}/IncomingPhoneNumbers.json?PhoneNumber=<E.164> proves the
// business number belongs to the account. Every outcome is said in words.
// `session` must be configured (settings, endpoints, http with credentials) and
// outlive the check; nothing is reported to the engine.
void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done);

// The office's sentence for a request of the check that gave no usable answer.
QString describeTestFailure(const net::HttpResponse &response, const QString &accountSid);

} // namespace ringback::twilio
