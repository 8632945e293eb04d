import { DEMO_PERSONAS } from '@booking/platform';
import { accessibilityViolations, browserSuite, chromiumAvailable, fillEventEssentials } from './browser';

const run = chromiumAvailable() ? describe : describe.skip;

run(
  'in the browser: a group asks for more than the per-order limit, the organizer approves, the group holds and sees its price',
  () => {
    const suite = browserSuite();

    it('the organizer sets a group price in the editor; a buyer requests 6 places (limit 4), is approved, holds them in one go and checks out at the group price', async () => {
      const { t } = suite;
      // The demo organizer creates the event in the editor: 4 per order, 10 % off from 4 tickets.
      const organizer = await suite.signedIn(DEMO_PERSONAS.organizer.email);
      await organizer.goto(`${t.url}/organizer/events/new`);
      await organizer.getByLabel('Title').fill('Choir Night');
      await organizer.getByLabel('Category').selectOption('music');
      await fillEventEssentials(organizer, {
        startsAt: '2031-06-01T19:30',
        capacity: 50,
        venue: 'Chapel Hall',
        city: 'Porto',
        country: 'PT',
        price: '25',
      });
      await organizer.getByLabel('Max tickets per order').fill('4');
      await organizer.getByRole('button', { name: 'Add group price' }).click();
      const rule = organizer.getByRole('group', { name: 'Group price 1' });
      await rule.getByLabel('From tickets').fill('1');
      await rule.getByLabel('Percent off').fill('10');
      await organizer.getByRole('button', { name: 'Create event' }).click();
      await rule.getByText('A whole number of tickets from 2 to 1000.').waitFor();
      await rule.getByLabel('From tickets').fill('4');
      expect(await accessibilityViolations(organizer)).toEqual([]);
      await organizer.getByRole('button', { name: 'Create event' }).click();
      await organizer.getByRole('heading', { name: 'Edit event', level: 1 }).waitFor();
      const eventId = /\/organizer\/events\/([0-9a-f-]{36})\/edit$/.exec(new URL(organizer.url()).pathname)![1];
      expect(
        await organizer.getByRole('group', { name: 'Group price 1' }).getByLabel('From tickets').inputValue(),
      ).toBe('4');
      // Reviewed and published through the API (the review screens have their own journey).
      const demo = await t.call('GET', '/api/events?q=stand-up');
      const organizerId = (await t.call('GET', `/api/events/${demo.body.items[0].id}`)).body.organizerId as string;
      await t.publish(eventId, { userId: organizerId, roles: ['organizer'] });

      const buyer = await suite.signedIn(DEMO_PERSONAS.attendee.email);
      await buyer.goto(`${t.url}/events/${eventId}`);
      await buyer.getByTestId('group-prices').getByText('10 % off each ticket when you book 4 or more').waitFor();
      await buyer.getByLabel('Places for the group').fill('6');
      await buyer.getByLabel('Message to the organizer').fill('St Mary choir');
      await buyer.getByRole('button', { name: 'Send request' }).click();
      await buyer.getByText('Request sent. You will get an e-mail when the organizer answers.').waitFor();
      await buyer.getByText('Waiting for the organizer').waitFor();
      expect(await accessibilityViolations(buyer)).toEqual([]);

      await organizer.goto(`${t.url}/organizer`);
      await organizer
        .getByRole('listitem')
        .filter({ hasText: 'Choir Night' })
        .getByRole('link', { name: 'Group requests' })
        .click();
      await organizer.getByRole('heading', { level: 1, name: 'Group requests' }).waitFor();
      const request = organizer.getByRole('listitem').filter({ hasText: '6 places' });
      await request.getByText('“St Mary choir”').waitFor();
      expect(await accessibilityViolations(organizer)).toEqual([]);
      await request.getByLabel('Note to the requester').fill('Welcome!');
      await request.getByRole('button', { name: 'Approve' }).click();
      await request.getByText('Your answer: Welcome!').waitFor();

      await buyer.reload();
      await buyer.getByText('The organizer says: Welcome!').waitFor();
      await buyer.getByRole('button', { name: 'Hold 6 places for the group' }).click();
      await buyer.getByText("Your group's places are held.").waitFor();
      await buyer.getByRole('link', { name: 'All my group requests' }).click();
      await buyer.getByRole('heading', { level: 1, name: 'My group requests' }).waitFor();
      const mine = buyer.getByRole('listitem').filter({ hasText: 'Choir Night' });
      await mine.getByText('Held').waitFor();
      await mine.getByText('The organizer says: Welcome!').waitFor();
      expect(await accessibilityViolations(buyer)).toEqual([]);
      await mine.getByRole('link', { name: 'Choir Night' }).click();
      await buyer.getByRole('link', { name: 'Check out now' }).click();
      await buyer.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
      await buyer.getByTestId('group-discount').getByText('Group price: 10 % off from 4 tickets').waitFor();
      await buyer
        .getByTestId('checkout-total')
        .getByText(/135[.,]00/)
        .waitFor(); // 6 × €25.00 less 10 %
      expect(await accessibilityViolations(buyer)).toEqual([]);

      await organizer.context().close();
      await buyer.context().close();
    });
  },
);
