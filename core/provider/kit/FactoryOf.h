#pragma once

// The factory of a provider plugin. Qt's plugin loader needs one class per
// plugin with Q_OBJECT, Q_PLUGIN_METADATA and Q_INTERFACES (moc reads them in
// the plugin's own header); what it does is the same for every plugin:
//
//   class TwilioFactory final : public provider::FactoryOf<TwilioProvider>
//   {
//       Q_OBJECT
//       Q_PLUGIN_METADATA(IID RINGBACK_PROVIDER_IID FILE "twilio.json")
//       Q_INTERFACES(ringback::ProviderFactory)
//   };

#include "provider/ProviderApi.h"

#include <QObject>

#include <memory>

namespace ringback::provider {

template<typename ProviderT>
class FactoryOf : public QObject, public ProviderFactory
{
public:
    std::unique_ptr<Provider> create() override { return std::make_unique<ProviderT>(); }
};

} // namespace ringback::provider
