package org.readiness.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;

/**
 * The conversation on a background process's socket. The command sends one {@link Request}; the process
 * answers with frames (a type byte, a length, the bytes): standard output, standard error, and last the
 * exit status, or a refusal when the request is not for it. Both ends come from the same jar (the
 * identity includes the build), so the format needs no negotiation.
 */
final class Protocol {

    static final int MAGIC = 0x52444e31; // "RDN1"
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte DECLINED = 4;

    /** Beyond this a frame is not ours: a client or process of another build, or garbage. */
    private static final int MAX_STRING = 1 << 24;

    private Protocol() {
    }

    /** One command line, and everything of the caller's it reads besides its arguments. */
    record Request(String identity, String[] args, Map<String, String> env, boolean interactive, boolean errInteractive) {

        void write(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            writeString(out, identity);
            out.writeInt(args.length);
            for (String arg : args) {
                writeString(out, arg);
            }
            out.writeInt(env.size());
            for (Map.Entry<String, String> variable : env.entrySet()) {
                writeString(out, variable.getKey());
                writeString(out, variable.getValue());
            }
            out.writeBoolean(interactive);
            out.writeBoolean(errInteractive);
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a Readiness request");
            }
            String identity = readString(in);
            String[] args = new String[count(in)];
            for (int i = 0; i < args.length; i++) {
                args[i] = readString(in);
            }
            int variables = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < variables; i++) {
                env.put(readString(in), readString(in));
            }
            return new Request(identity, args, Map.copyOf(env), in.readBoolean(), in.readBoolean());
        }
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_STRING) {
            throw new IOException("a malformed frame (length " + count + ")");
        }
        return count;
    }

    /** Reads the next frame's payload, or throws {@link EOFException} when the other end is gone. */
    static byte[] payload(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return bytes;
    }

    /** Whether the other end of a connection runs as this user (its peer credentials). */
    static boolean sameUser(SocketChannel channel) {
        try {
            return channel.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Streams straight on the channel. {@code Channels.newInputStream} would serialise a read and a write
     * on the channel's blocking lock: the process waits to read the client's hang-up while it writes.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return length == 0 ? 0 : channel.read(ByteBuffer.wrap(bytes, offset, length));
            }
        };
    }

    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }
}
