#pragma once

#include "QuoProvider.h"
#include "provider/kit/FactoryOf.h"

namespace ringback {

class QuoFactory final : public provider::FactoryOf<QuoProvider>
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "openphone.json")
    Q_INTERFACES(ringback::ProviderFactory)
};

} // namespace ringback
