package dev.vouchkit.benchmarks.server;

import java.io.IOException;

import dev.vouchkit.benchmarks.fork.ChildProtocol;

/**
 * Runs {@link GiftCardServer} as a process of its own. The server lives apart from the
 * clients so that a client JVM's CPU time and allocated bytes are the client's alone; on
 * two shared cores it still competes for CPU, but identically for every client. It stops
 * when its stdin closes.
 */
public final class GiftCardServerMain {

	private GiftCardServerMain() {
	}

	public static void main(String[] args) throws IOException {
		try (GiftCardServer server = GiftCardServer.start()) {
			ChildProtocol.emit("ready", server.baseUrl());
			while (System.in.read() != -1) {
				// Nothing to do until the orchestrator closes our stdin.
			}
		}
		catch (RuntimeException ex) {
			ChildProtocol.fail(ex);
		}
		System.exit(0);
	}

}
