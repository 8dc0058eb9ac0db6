package org.readiness.cli.daemon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One of a command's output streams, as frames of one type on the connection that standard output and
 * standard error share. Once the client has gone, what the command still writes is dropped: it is
 * interrupted, and whatever it prints on its way out has no reader.
 */
final class FrameOutput extends OutputStream {

    private final DataOutputStream connection;
    private final byte type;

    FrameOutput(DataOutputStream connection, byte type) {
        this.connection = connection;
        this.type = type;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        synchronized (connection) {
            connection.writeByte(type);
            connection.writeInt(length);
            connection.write(bytes, offset, length);
            connection.flush();
        }
    }
}
