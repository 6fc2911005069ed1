#pragma once

#include "TelnyxProvider.h"
#include "provider/kit/FactoryOf.h"

namespace ringback {

class TelnyxFactory final : public provider::FactoryOf<TelnyxProvider>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "telnyx.json")
    Q_INTERFACES(ringback::ProviderFactory)
};

} // namespace ringback
