#pragma once

// Reading a provider's paged list, one page at a time, with the session's
// problem classification.

#include "Problem.h"
#include "SessionBase.h"
#include "net/HttpClient.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ringback::provider {

// Every item of a list, or as many as were read before a problem.
template<typename T>
struct Listing
{
    std::vector<T> items;
    bool complete = false; // every page was read
    std::optional<Problem> problem;
};

// Asks for the page after `next` (empty: the first page).
using PageRequest = std::function<void(const QString &next, net::HttpClient::Callback answer)>;

// Every item of a paged list. `parse` reads a page of type Page (with an
// `items` vector); its member `next` holds the next page's token or address,
// empty on the last page. Stops at `maxPages` (then `complete` is false), at
// the first problem, or when the session stops running.
template<typename T, typename Page>
void listPages(SessionBase &session,
               PageRequest get,
               Result<Page> (*parse)(const QByteArray &),
               QString Page::*next,
               const QString &what,
               int maxPages,
               std::function<void(Listing<T>)> done,
               std::shared_ptr<Listing<T>> soFar = {},
               int page = 0,
               const QString &after = QString())
{
    if (!soFar)
        soFar = std::make_shared<Listing<T>>();
    get(after,
        [&session, get, parse, next, what, maxPages, done, soFar, page](
            const net::HttpResponse &response) {
            if (!response.isSuccess()) {
                soFar->problem = session.problemOf(response, what);
                done(std::move(*soFar));
                return;
            }
            auto parsed = parse(response.body);
            if (!parsed) {
                soFar->problem = session.badAnswer(what, parsed.errorMessage());
                done(std::move(*soFar));
                return;
            }
            for (auto &item : parsed.value().items)
                soFar->items.push_back(std::move(item));
            const QString following = parsed.value().*next;
            if (following.isEmpty() || page + 1 >= maxPages || !session.running) {
                soFar->complete = following.isEmpty();
                done(std::move(*soFar));
                return;
            }
            listPages<T, Page>(
                session, get, parse, next, what, maxPages, done, soFar, page + 1, following);
        });
}

} // namespace ringback::provider
