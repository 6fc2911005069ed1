#pragma once

#include "RingCentralProvider.h"
#include "provider/kit/FactoryOf.h"

namespace ringback {

class RingCentralFactory final : public provider::FactoryOf<RingCentralProvider>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "ringcentral.json")
    Q_INTERFACES(ringback::ProviderFactory)
};

} // namespace ringback
