#include "TelnyxFactory.h"

#include "TelnyxProvider.h"

namespace ringback {

std::unique_ptr<Provider> TelnyxFactory::create()
{
    return std::make_unique<TelnyxProvider>();
}

} // namespace ringback
