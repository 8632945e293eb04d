import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl">
      <title>Page not found · Seatwise</title>
      <Stack align="flex-start">
        <Title order={1}>Page not found</Title>
        <Text>There is nothing at this address.</Text>
        <Button component={Link} to="/">
          Browse events
        </Button>
      </Stack>
    </Container>
  );
}
