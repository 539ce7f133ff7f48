package org.warnews.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the app and its PostgreSQL on the loopback, which a test can freeze (bytes stop flowing both
 * ways, connections stay open: the database hangs, as under SIGSTOP) and cut (every connection is closed at once,
 * as when the server is killed). New connections are accepted throughout, like a listening server's.
 */
final class FaultyLink implements Closeable {

	private final ServerSocket server;

	private final int target;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile boolean frozen;

	FaultyLink(int target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		start("faulty-link-accept", this::accept);
	}

	int port() {
		return this.server.getLocalPort();
	}

	void freeze() {
		this.frozen = true;
	}

	void thaw() {
		this.frozen = false;
	}

	/** Closes every connection relayed so far, both ends. */
	void cut() {
		for (Socket socket : this.open) {
			closeQuietly(socket);
		}
		this.open.clear();
	}

	@Override
	public void close() {
		closeQuietly(this.server);
		cut();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket database = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(client);
				this.open.add(database);
				start("faulty-link-up", () -> relay(client, database));
				start("faulty-link-down", () -> relay(database, client));
			}
			catch (IOException ex) {
				// closed, or the database refused: the client's connection is dropped like the server's would be
			}
		}
	}

	private void relay(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				while (this.frozen && !from.isClosed()) {
					Thread.sleep(10);
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException | InterruptedException ex) {
			// cut or closed: the other direction finds out by itself
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void start(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

}
