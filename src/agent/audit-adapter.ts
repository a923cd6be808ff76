import type { AuditLog } from '../audit/index.js';
import type { AuditSink } from './audit-sink.js';

/**
 * Writes the agent firewall's events into the shared tamper-evident audit log (src/audit), so the
 * gateway and the firewall share one hash chain. Events are tagged `source: "agent"`.
 */
export function auditLogSink(log: AuditLog): AuditSink {
  return {
    append: (event) => log.append({ source: 'agent', ...event }),
    flush: () => log.flush(),
  };
}
