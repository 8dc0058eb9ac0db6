package org.readiness.server;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.NetworkConnectionLimit;

/**
 * {@code --max-connections}: Jetty's limit (at the limit the connector stops accepting, and the idle
 * timeout of the connections open is cut short to make room), and also the cut for the connections Jetty
 * was accepting when the limit was reached: it changes only those already open then, so a burst accepted
 * at once would keep the full idle timeout, and a new client would wait that long for room.
 */
final class ConnectionCap extends NetworkConnectionLimit implements Connection.Listener {

    private final long limitedIdleTimeout;
    private volatile boolean limiting;

    ConnectionCap(int max, long limitedIdleTimeout, AbstractConnector connector) {
        super(max, connector);
        this.limitedIdleTimeout = limitedIdleTimeout;
        setEndPointIdleTimeout(limitedIdleTimeout);
        connector.addEventListener(this);
    }

    @Override
    protected void limit() {
        limiting = true;
        super.limit();
    }

    @Override
    protected void unlimit() {
        limiting = false;
        super.unlimit();
    }

    @Override
    public void onOpened(Connection connection) {
        if (limiting) {
            connection.getEndPoint().setIdleTimeout(limitedIdleTimeout);
        }
    }
}
