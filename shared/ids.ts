import { v7 } from 'uuid';

/** Time-sortable ids generated offline on any workstation (UUIDv7, RFC 9562). */
export function newId(): string {
  return v7();
}
