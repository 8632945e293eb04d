// The Mantine styles the event page draws with beyond the first-paint subset (`first-paint-styles.ts`),
// loaded with its code instead of the whole 200 KB sheet (`all-styles.ts`): the event page is the other
// page visitors land on from links. A component the event page (details, availability, seat map, hold
// form) starts using needs its file here (and those it is built from: SegmentedControl needs
// FloatingIndicator); the whole sheet still comes with every other lazy page.
import './first-paint-styles';
import '@mantine/core/styles/ColorSwatch.layer.css';
import '@mantine/core/styles/FloatingIndicator.layer.css';
import '@mantine/core/styles/Grid.layer.css';
import '@mantine/core/styles/Modal.layer.css';
import '@mantine/core/styles/NumberInput.layer.css';
import '@mantine/core/styles/Progress.layer.css';
import '@mantine/core/styles/SegmentedControl.layer.css';
import '@mantine/core/styles/Table.layer.css';
import '@mantine/core/styles/Typography.layer.css';
