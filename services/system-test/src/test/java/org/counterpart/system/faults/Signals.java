package org.counterpart.system.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Signals to the network's processes, as an operating system delivers them in a crash or a hang. */
final class Signals {

    private Signals() {
    }

    /** SIGKILL, as a crash or the OOM killer: no shutdown hook, no flush, nothing the process can do. */
    static void kill(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("process " + pid + " did not die of SIGKILL", e);
        }
    }

    /** SIGSTOP to the process and its children: it keeps its sockets open and answers nothing (a hang). */
    static void freeze(long pid) {
        signal("-STOP", withChildren(pid));
    }

    /** SIGCONT: the frozen process goes on as if no time had passed for it. */
    static void thaw(long pid) {
        signal("-CONT", withChildren(pid));
    }

    private static List<Long> withChildren(long pid) {
        List<Long> pids = new ArrayList<>(List.of(pid));
        ProcessHandle.of(pid).ifPresent(process -> process.descendants().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
