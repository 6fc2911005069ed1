// What the office tells Ringback about a caller.

#include "engine/Engine.h"

namespace ringback {

Status Engine::setDisplayName(qint64 conversationId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.size() > 80)
        return Error(tr("A name can be at most 80 characters long."));
    Transaction tx(m_db);
    if (!m_store.conversation(conversationId))
        return Error(tr("This conversation no longer exists."));
    Status ok = m_store.setDisplayName(conversationId, clean);
    if (ok)
        ok = tx.commit();
    if (ok)
        emit conversationChanged(conversationId);
    return ok;
}

} // namespace ringback
