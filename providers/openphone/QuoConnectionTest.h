#pragma once

#include "QuoSession.h"
#include "provider/ProviderApi.h"

#include <functional>

namespace ringback::quo {

// The settings dialog's "Test connection" for Quo
// (https://www.quo.com/docs/mdx/api-reference/authentication): GET
// /v1/phone-numbers proves the API key (raw in the Authorization header) and
// lists the workspace's numbers; the business number must be one of them. Every
// outcome is said in words. `session` must be configured and outlive the check;
// nothing is reported to the engine.
void testConnection(Session &session, std::function<void(const ConnectionCheck &)> done);

// The office's sentence for a check that gave no usable answer.
QString describeTestFailure(const net::HttpResponse &response);

} // namespace ringback::quo
