import { Global, Module } from '@nestjs/common';
import { MailJobs } from './mail.jobs.js';
import { MailOutbox } from './mail-outbox.js';
import { MailTransport } from './mail-transport.js';
import { OutboxCipher } from './outbox-cipher.js';

/** Mail: the outbox domains write to, and the jobs that send it. */
@Global()
@Module({
  providers: [OutboxCipher, MailOutbox, MailTransport, MailJobs],
  exports: [MailOutbox, OutboxCipher],
})
export class MailModule {}
