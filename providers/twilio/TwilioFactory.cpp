#include "TwilioFactory.h"

#include "TwilioProvider.h"

namespace ringback {

std::unique_ptr<Provider> TwilioFactory::create()
{
    return std::make_unique<TwilioProvider>();
}

} // namespace ringback
