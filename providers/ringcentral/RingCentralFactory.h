#pragma once

#include "provider/ProviderApi.h"

#include <QObject>

namespace ringback {

class RingCentralFactory final : public QObject, public ProviderFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "ringcentral.json")
    Q_INTERFACES(ringback::ProviderFactory)

public:
    std::unique_ptr<Provider> create() override;
};

} // namespace ringback
