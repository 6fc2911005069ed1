#pragma once

#include "TwilioProvider.h"
#include "provider/kit/FactoryOf.h"

namespace ringback {

class TwilioFactory final : public provider::FactoryOf<TwilioProvider>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "twilio.json")
    Q_INTERFACES(ringback::ProviderFactory)
};

} // namespace ringback
