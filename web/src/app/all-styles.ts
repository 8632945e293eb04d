// Every Mantine style, in the `mantine` cascade layer like the first-paint subset (so the order in
// which they arrive never matters, and the app's own CSS wins over both). Loaded with lazy routes.
import '@mantine/core/styles.layer.css';
import '@mantine/dropzone/styles.layer.css';
import '@mantine/charts/styles.layer.css';
