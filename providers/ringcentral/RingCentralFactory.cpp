#include "RingCentralFactory.h"

#include "RingCentralProvider.h"

namespace ringback {

std::unique_ptr<Provider> RingCentralFactory::create()
{
    return std::make_unique<RingCentralProvider>();
}

} // namespace ringback
