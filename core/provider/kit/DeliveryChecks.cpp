#include "DeliveryChecks.h"

#include "SessionBase.h"

namespace ringback::provider {

void checkDeliveries(SessionBase &session,
                     std::shared_ptr<const DeliveryCheck> check,
                     std::vector<QString> ids,
                     Done done,
                     std::size_t index)
{
    if (index >= ids.size() || !session.running) {
        check->saveCursor();
        done(std::nullopt);
        return;
    }
    const QString id = ids.at(index);
    check->get(id,
               [&session, check, ids = std::move(ids), done, index, id](
                   const net::HttpResponse &response) mutable {
                   if (response.failure == net::HttpResponse::Failure::None
                       && response.status == 404) {
                       check->gone(id);
                   } else if (!response.isSuccess()) {
                       check->saveCursor();
                       done(session.problemOf(response, check->what));
                       return;
                   } else if (const auto problem = check->read(id, response.body)) {
                       check->saveCursor();
                       done(problem);
                       return;
                   }
                   checkDeliveries(session, check, std::move(ids), done, index + 1);
               });
}

} // namespace ringback::provider
