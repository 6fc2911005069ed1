#pragma once

#include "SimulatorProvider.h"
#include "provider/kit/FactoryOf.h"

namespace ringback {

class SimulatorFactory final : public provider::FactoryOf<SimulatorProvider>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "simulator.json")
    Q_INTERFACES(ringback::ProviderFactory)
};

} // namespace ringback
