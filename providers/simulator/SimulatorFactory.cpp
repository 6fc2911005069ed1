#include "SimulatorFactory.h"

#include "SimulatorProvider.h"

namespace ringback {

std::unique_ptr<Provider> SimulatorFactory::create()
{
    return std::make_unique<SimulatorProvider>();
}

} // namespace ringback
