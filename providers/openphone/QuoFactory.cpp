#include "QuoFactory.h"

#include "QuoProvider.h"

namespace ringback {

std::unique_ptr<Provider> QuoFactory::create()
{
    return std::make_unique<QuoProvider>();
}

} // namespace ringback
